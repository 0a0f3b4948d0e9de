import { beforeAll, describe, expect, it } from 'vitest';
import { renderNotice } from './notices';

/** The visitor's messages, read as a person would: subject, number, date, the answer — in both languages. */
beforeAll(() => {
  process.env.INTAKE_SECRET ??= 'test-secret-0123456789';
  process.env.SITE_URL ??= 'https://www.example';
});

describe('notices', () => {
  const appeal = { number: '2026-000042', requestType: 'appeal' as const, dueDate: '2026-04-30' };

  it('tells of the extension with its new date and reason, in Tatar with the date in its case', () => {
    const notice = renderNotice('extended', { ...appeal, locale: 'tt', extensionReason: 'Челтәр оешмасыннан мәгълүмат соралды.' });
    expect(notice.subject).toBe('№ 2026-000042 мөрәҗәгатьне карау срогы 2026 елның 30 апреленә кадәр озайтылды');
    expect(notice.text).toContain('> Челтәр оешмасыннан мәгълүмат соралды.');
    expect(notice.html).toContain('<html lang="tt">');
    expect(notice.html).toContain('<blockquote><p>Челтәр оешмасыннан мәгълүмат соралды.</p></blockquote>');
  });

  it('carries the answer itself by e-mail, escaped in HTML, and says when and how otherwise', () => {
    const byEmail = renderNotice('answered', {
      ...appeal,
      locale: 'ru',
      answer: 'Перерасчёт выполнен.\n\n<b>Сумма</b> уменьшена.',
      answerChannel: 'email',
      answeredAt: '2026-04-02T09:00:00Z',
    });
    expect(byEmail.subject).toBe('Ответ на обращение № 2026-000042');
    expect(byEmail.text).toContain('Ответ на ваше обращение № 2026-000042, 2 апреля 2026 г.:');
    expect(byEmail.text).toContain('> Перерасчёт выполнен.');
    expect(byEmail.html).toContain('&lt;b&gt;Сумма&lt;/b&gt; уменьшена.');
    expect(byEmail.html).not.toContain('<b>Сумма');
    const byPhone = renderNotice('answered', { ...appeal, requestType: 'meter-work', locale: 'tt', answer: 'x', answerChannel: 'phone', answeredAt: '2026-04-02T09:00:00Z' });
    expect(byPhone.subject).toBe('№ 2026-000042 гаризага җавап');
    expect(byPhone.text).toContain('Сезнең № 2026-000042 гаризагызга 2026 елның 2 апрелендә телефон аша җавап бирелде.');
    expect(byPhone.text).not.toContain('> x');
  });

  it('names the ground of closing in plain words, and a request as a request', () => {
    const closed = renderNotice('closed', { ...appeal, requestType: 'contract', locale: 'ru', closedReason: 'repeated' });
    expect(closed.subject).toBe('Заявка № 2026-000042 закрыта без ответа');
    expect(closed.text).toContain('это повторный вопрос, на который уже дан ответ');
  });

  it('confirms a registration with the number, the dates and the access code, and links the status page', () => {
    const notice = renderNotice('registered', { ...appeal, requestType: 'contract', locale: 'tt', registeredAt: '2026-03-31T09:00:00Z', accessCode: 'K7QF-M3XP' });
    expect(notice.subject).toBe('№ 2026-000042 гариза теркәлде');
    expect(notice.text).toContain('Керү коды: K7QF-M3XP');
    expect(notice.text).toContain('https://www.example/tt/appeal/status/');
    expect(notice.html).toContain('<th scope="row" align="left">Керү коды</th><td>K7QF-M3XP</td>');
  });
});
