import { createServer as createHttpServer, type IncomingHttpHeaders } from "node:http";
import { createServer as createTcpServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

export interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A webhook receiver on 127.0.0.1 that answers with the given statuses in turn (the last one repeats). */
export async function startWebhookReceiver(statuses: number[]) {
  const received: ReceivedRequest[] = [];
  const server = createHttpServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      const status = statuses[Math.min(received.length - 1, statuses.length - 1)];
      res.writeHead(status, { "content-type": "text/plain" }).end(status >= 400 ? "receiver says no" : "ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks/conflictwatch`, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

export interface ReceivedMail {
  from: string;
  to: string[];
  data: string;
}

/**
 * The smallest SMTP server nodemailer will talk to: greeting, EHLO (no STARTTLS, no AUTH),
 * MAIL, RCPT, DATA up to the lone dot, QUIT. Keeps every message it accepts.
 */
export async function startSmtpSink() {
  const mails: ReceivedMail[] = [];
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.setEncoding("utf8");
    let buffer = "";
    let inData = false;
    let current: ReceivedMail = { from: "", to: [], data: "" };
    socket.write("220 sink.test ESMTP ready\r\n");
    socket.on("data", (chunk: string) => {
      buffer += chunk;
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          current.data = buffer.slice(0, end).replace(/\r\n\.\./g, "\r\n.");
          buffer = buffer.slice(end + 5);
          inData = false;
          mails.push(current);
          current = { from: "", to: [], data: "" };
          socket.write("250 2.0.0 queued\r\n");
          continue;
        }
        const eol = buffer.indexOf("\r\n");
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO") socket.write("250-sink.test\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n");
        else if (verb === "HELO") socket.write("250 sink.test\r\n");
        else if (verb === "MAIL") (current.from = line.replace(/^MAIL FROM:\s*<?([^>\s]*)>?.*$/i, "$1")), socket.write("250 2.1.0 ok\r\n");
        else if (verb === "RCPT") (current.to.push(line.replace(/^RCPT TO:\s*<?([^>\s]*)>?.*$/i, "$1")), socket.write("250 2.1.5 ok\r\n"));
        else if (verb === "DATA") (inData = true), socket.write("354 end with <CRLF>.<CRLF>\r\n");
        else if (verb === "RSET" || verb === "NOOP") socket.write("250 ok\r\n");
        else if (verb === "QUIT") socket.end("221 bye\r\n");
        else socket.write("502 5.5.2 not implemented\r\n");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((r) => {
      for (const s of sockets) s.destroy();
      server.close(() => r());
    }),
  };
}

/** Headers unfolded, and the body decoded from quoted-printable when the message says so. */
export function readMail(mail: ReceivedMail): { headers: string; body: string } {
  const split = mail.data.indexOf("\r\n\r\n");
  const headers = mail.data.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  let body = mail.data.slice(split + 4);
  if (/content-transfer-encoding:\s*quoted-printable/i.test(headers)) {
    const bytes = Buffer.from(body.replace(/=\r\n/g, "").replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1");
    body = bytes.toString("utf8");
  }
  return { headers, body };
}
