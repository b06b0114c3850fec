import 'server-only';
import nodemailer from 'nodemailer';
import SMTPTransport from 'nodemailer/lib/smtp-transport';
import { env } from '@/lib/ops/env.mjs';
import { logger } from '@/lib/ops/log.mjs';

/**
 * Mail the site sends (today only "forgot password" links), through the SMTP server of SMTP_URL. Sending happens
 * after the answer, never in it: whoever asked waits neither for the mail server nor for a failure of it, and the
 * answer is the same whatever becomes of the mail. Every send has a deadline, at most QUEUE_LIMIT wait at a time (more
 * are dropped, and logged), and a failed send is logged without its text. With no SMTP_URL the message is written to
 * the log as a warning, for the operator to pass on.
 */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** The longest one send may take, connecting, greeting and writing included. */
export const SEND_TIMEOUT_MS = 15_000;
/** Mails waiting or being sent at once, in this process. */
export const QUEUE_LIMIT = 100;

let waiting = 0;
let last: Promise<unknown> = Promise.resolve();
const idle = new Set<() => void>();

/** The recipient as the log shows it: enough for an operator to recognise, not the whole address. */
function masked(address: string): string {
  const [local = '', domain = ''] = address.split('@');
  return `${local.slice(0, 2)}…@${domain}`;
}

async function deliver(mail: Mail): Promise<void> {
  const { SMTP_URL: url, SMTP_FROM: from } = env();
  if (!url) {
    logger().warn({ mail: { to: mail.to, subject: mail.subject, text: mail.text } }, `No SMTP_URL: the mail to ${mail.to} is written here instead of sent. ${mail.text}`);
    return;
  }
  // The transport itself, not nodemailer.createTransport(url): handed a URL, that keeps nothing but the URL.
  const transport = nodemailer.createTransport(
    new SMTPTransport({ url, connectionTimeout: SEND_TIMEOUT_MS, greetingTimeout: SEND_TIMEOUT_MS, socketTimeout: SEND_TIMEOUT_MS }),
  );
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text }),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer from the mail server in ${SEND_TIMEOUT_MS / 1000} s`)), SEND_TIMEOUT_MS);
      }),
    ]);
    logger().info({ mail: { to: masked(mail.to) } }, `mail sent to ${masked(mail.to)}`);
  } catch (error) {
    logger().error({ mail: { to: masked(mail.to) }, reason: error instanceof Error ? error.message : String(error) }, `mail to ${masked(mail.to)} not sent`);
  } finally {
    clearTimeout(timer);
    transport.close();
  }
}

/** Sends `mail` in the background, one at a time; returns at once. False when the queue was full and it was dropped. */
export function queueMail(mail: Mail): boolean {
  if (waiting >= QUEUE_LIMIT) {
    logger().warn({ mail: { to: masked(mail.to) } }, `mail to ${masked(mail.to)} dropped: ${QUEUE_LIMIT} mails are already waiting`);
    return false;
  }
  waiting += 1;
  last = last.then(() => deliver(mail)).finally(() => {
    waiting -= 1;
    if (waiting === 0) for (const resolve of idle) resolve();
  });
  return true;
}

/** Resolves when no mail is waiting (tests, and a server that drains before it stops). */
export function mailQueueIdle(): Promise<void> {
  if (waiting === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      idle.delete(done);
      resolve();
    };
    idle.add(done);
  });
}
