// The demo's mailbox: an SMTP server that keeps every mail it gets in memory (nothing is sent on), and a small web
// page listing them. Both listen on 127.0.0.1 only. `npm run demo` starts it when SMTP_URL is not set.
//   MAILBOX_SMTP_PORT (default 1025), MAILBOX_HTTP_PORT (default 1080)
import { createServer } from 'node:http';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const SMTP_PORT = Number(process.env.MAILBOX_SMTP_PORT ?? 1025);
const HTTP_PORT = Number(process.env.MAILBOX_HTTP_PORT ?? 1080);
const KEEP = 500;

/** @type {{ id: number, at: Date, to: string, subject: string, text: string, html: string }[]} */
const mails = [];
let next = 1;

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((parsed) => {
        mails.unshift({
          id: next++,
          at: new Date(),
          to: session.envelope.rcptTo.map((a) => a.address).join(', '),
          subject: parsed.subject ?? '(no subject)',
          text: parsed.text ?? '',
          html: typeof parsed.html === 'string' ? parsed.html : '',
        });
        mails.length = Math.min(mails.length, KEEP);
        callback();
      })
      .catch((error) => callback(error));
  },
});

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const linkify = (text) => escape(text).replace(/https?:\/\/[^\s<>"']+/g, (url) => `<a href="${url}">${url}</a>`);

function page(title, body) {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escape(title)}</title>
<style>body{font-family:sans-serif;max-width:60em;margin:1em auto;padding:0 1em;line-height:1.5}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.4em;border-bottom:1px solid #ccc}
pre{white-space:pre-wrap;background:#f4f4f4;padding:1em}a{color:#0000bf}</style></head>
<body>${body}</body></html>`;
}

const http = createServer((request, response) => {
  const send = (status, html, headers = {}) => {
    response.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      ...headers,
    });
    response.end(html);
  };
  const url = new URL(request.url ?? '/', 'http://localhost');
  const match = /^\/mail\/(\d+)(\/html)?$/.exec(url.pathname);
  if (url.pathname === '/') {
    const rows = mails
      .map(
        (m) =>
          `<tr><td>${escape(m.at.toLocaleString('en-GB'))}</td><td>${escape(m.to)}</td>` +
          `<td><a href="/mail/${m.id}">${escape(m.subject)}</a></td></tr>`,
      )
      .join('');
    send(
      200,
      page(
        'Demo mailbox',
        `<h1>Demo mailbox</h1><p>Every mail Jobcenter sends in the demo arrives here; nothing leaves this machine.
Reload the page for new mail.</p>` +
          (mails.length === 0
            ? '<p>No mail yet.</p>'
            : `<table><thead><tr><th>Received</th><th>To</th><th>Subject</th></tr></thead><tbody>${rows}</tbody></table>`),
      ),
    );
    return;
  }
  const mail = match ? mails.find((m) => m.id === Number(match[1])) : undefined;
  if (!mail) {
    send(404, page('Not found', '<h1>Not found</h1><p><a href="/">All mail</a></p>'));
    return;
  }
  if (match?.[2]) {
    send(200, mail.html);
    return;
  }
  send(
    200,
    page(
      mail.subject,
      `<p><a href="/">All mail</a></p><h1>${escape(mail.subject)}</h1><p>To: ${escape(mail.to)}</p>` +
        `<pre>${linkify(mail.text)}</pre>` +
        (mail.html ? `<p><a href="/mail/${mail.id}/html">The HTML version</a></p>` : ''),
    ),
  );
});

smtp.on('error', (error) => console.error(`mailbox SMTP: ${error.message}`));
smtp.listen(SMTP_PORT, '127.0.0.1', () => {
  http.listen(HTTP_PORT, '127.0.0.1', () => {
    console.log(`mailbox: SMTP at 127.0.0.1:${SMTP_PORT}, mail to read at http://localhost:${HTTP_PORT}/`);
  });
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    smtp.close(() => undefined);
    http.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 500).unref();
  });
}
