import { useEffect, useState } from 'react';
import { Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { formatSize } from '../shared/contracts/attachments';

/**
 * The documents a visitor attached to an appeal or request, in its edit view's side panel, each with a download
 * button. The files come from the admin routes of src/intake/files/download.ts, which answer only a role that may
 * read them (the appeals officers): for anyone else the panel says so and offers nothing.
 */
interface FileRow {
  documentId: string;
  fileName: string;
  fileType: string;
  size: number;
  receivedAt: string;
}

type State = { kind: 'loading' } | { kind: 'forbidden' } | { kind: 'failed' } | { kind: 'ready'; files: FileRow[] };

export function AttachmentList({ documentId }: { documentId: string }) {
  const { get } = useFetchClient();
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    get<{ data: FileRow[] }>(`/intake-files/appeals/${documentId}`).then(
      ({ data }) => live && setState({ kind: 'ready', files: data.data }),
      (error: { status?: number }) => live && setState({ kind: error?.status === 403 ? 'forbidden' : 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [documentId, get]);

  async function download(file: FileRow) {
    const { data } = await get<Blob>(`/intake-files/${file.documentId}`, { responseType: 'blob' });
    const url = URL.createObjectURL(data);
    const link = document.createElement('a');
    link.href = url;
    link.download = file.fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  if (state.kind === 'loading') return <Typography variant="pi">Загрузка списка файлов…</Typography>;
  if (state.kind === 'forbidden') return <Typography variant="pi">Файлы обращений видят только сотрудники по обращениям.</Typography>;
  if (state.kind === 'failed') return <Typography variant="pi">Список файлов не загрузился. Обновите страницу.</Typography>;
  if (!state.files.length) return <Typography variant="pi">Заявитель не приложил файлов.</Typography>;
  return (
    <Flex tag="ul" direction="column" alignItems="stretch" gap={3} width="100%">
      {state.files.map((file) => (
        <Flex tag="li" key={file.documentId} direction="column" alignItems="flex-start" gap={1}>
          <Typography variant="omega" fontWeight="bold" style={{ wordBreak: 'break-word' }}>
            {file.fileName}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {file.fileType.toUpperCase()}, {formatSize(file.size)}
          </Typography>
          <Button variant="secondary" size="S" onClick={() => void download(file)} aria-label={`Скачать ${file.fileName}`}>
            Скачать
          </Button>
        </Flex>
      ))}
    </Flex>
  );
}

interface PanelProps {
  model: string;
  documentId?: string;
}

/** A Content Manager edit-view panel (addEditViewSidePanel): shown on appeals that exist. */
export const AttachmentsPanel = ({ model, documentId }: PanelProps) =>
  model === 'api::appeal.appeal' && documentId ? { title: 'Приложенные документы', content: <AttachmentList documentId={documentId} /> } : null;
