import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** The outbox row id, from the X-Mutualis-Mail header: tells a duplicate from two distinct mails. */
  outboxId: string;
}

/**
 * A real SMTP server on loopback that keeps what it receives. `refuse` makes it answer every
 * message with a temporary failure (a server in trouble), `stop`/`start` take it off the network.
 */
export class TestSmtpServer {
  readonly received: ReceivedMail[] = [];
  refuse = false;
  private server: SMTPServer | null = null;
  port = 0;

  async start(port = 0): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail: ParsedMail) => {
            if (this.refuse) return callback(Object.assign(new Error('Service temporairement indisponible'), { responseCode: 451 }));
            this.received.push({
              to: [mail.to].flat().flatMap((a) => (a ? a.value.map((v) => v.address ?? '') : [])),
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              html: typeof mail.html === 'string' ? mail.html : '',
              outboxId: String(mail.headers.get('x-mutualis-mail') ?? ''),
            });
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  get url() {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Waits until `count` mails have arrived (deliveries are asynchronous, after commit). */
  async waitFor(count: number, timeoutMs = 20_000): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} mails, received ${this.received.length}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return this.received;
  }
}

/** The single link of a mail and the token in its fragment. */
export function linkIn(text: string): { url: string; token: string } {
  const match = /(https?:\/\/\S+?)#([\w-]+)/.exec(text);
  if (!match) throw new Error(`no link in mail:\n${text}`);
  return { url: `${match[1]}#${match[2]}`, token: match[2]! };
}
