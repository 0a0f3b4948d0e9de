import { useId, type CSSProperties, type ReactNode } from 'react';
import { Flex, Typography } from '@strapi/design-system';

/**
 * The desk's form controls: the browser's own select and text area, labelled, with a hint tied by
 * aria-describedby — keyboard- and screen-reader-friendly without a custom widget — styled like the admin's inputs.
 */
const inputStyle: CSSProperties = {
  border: '1px solid #dcdce4',
  borderRadius: 4,
  padding: '8px 12px',
  minHeight: 40,
  font: 'inherit',
  fontSize: 14,
  background: 'white',
  color: '#32324d',
};

export const tableStyle: CSSProperties = { width: '100%', borderCollapse: 'collapse', background: 'white' };
export const headStyle: CSSProperties = { textAlign: 'left', padding: '8px 12px', borderBottom: '2px solid #dcdce4', fontSize: 12, textTransform: 'uppercase', color: '#666687' };
export const cellStyle: CSSProperties = { textAlign: 'left', padding: '8px 12px', borderBottom: '1px solid #eaeaef', verticalAlign: 'top', fontSize: 14, fontWeight: 'normal' };

interface FieldProps {
  label: string;
  name: string;
  hint?: string;
  value: string;
  onChange(value: string): void;
}

function Labelled({ id, label, hint, children }: { id: string; label: string; hint?: string | undefined; children: ReactNode }) {
  return (
    <Flex direction="column" alignItems="stretch" gap={1}>
      <label htmlFor={id}>
        <Typography variant="pi" fontWeight="bold">
          {label}
        </Typography>
      </label>
      {children}
      {hint && (
        <Typography id={`${id}-hint`} variant="pi" textColor="neutral600">
          {hint}
        </Typography>
      )}
    </Flex>
  );
}

export function NativeSelect({ label, name, hint, value, onChange, children }: FieldProps & { children: ReactNode }) {
  const id = useId();
  return (
    <Labelled id={id} label={label} hint={hint}>
      <select id={id} name={name} value={value} onChange={(event) => onChange(event.target.value)} style={inputStyle} aria-describedby={hint ? `${id}-hint` : undefined}>
        {children}
      </select>
    </Labelled>
  );
}

export function NativeTextarea({ label, name, hint, value, onChange, required }: FieldProps & { required?: boolean }) {
  const id = useId();
  return (
    <Labelled id={id} label={label} hint={hint}>
      <textarea
        id={id}
        name={name}
        value={value}
        required={required}
        rows={5}
        onChange={(event) => onChange(event.target.value)}
        style={{ ...inputStyle, width: '100%', resize: 'vertical' }}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
    </Labelled>
  );
}

export function NativeInput({ label, name, hint, value, onChange, type = 'text' }: FieldProps & { type?: string }) {
  const id = useId();
  return (
    <Labelled id={id} label={label} hint={hint}>
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        style={inputStyle}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
    </Labelled>
  );
}
