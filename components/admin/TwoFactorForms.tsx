'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import {
  beginTwoFactorAction,
  confirmTwoFactorAction,
  disableTwoFactorAction,
  renewRecoveryCodesAction,
  setTwoFactorRequiredAction,
} from '@/lib/editorial/actions';
import type { Enrolment } from '@/lib/auth/two-factor';
import { MAX_LENGTH } from '@/lib/editorial/shared/limits';
import type { ActionErrors } from '@/lib/editorial/shared/result';
import { FieldError, FormStatus } from './FormMessages';
import { buttonClass, inputClass } from './styles';
import { useStaffForm } from './useStaffForm';

const panelClass = 'space-y-4 rounded border border-neutral-200 bg-white p-4';

function CodeInput({ label, errors }: { label: string; errors: ActionErrors }) {
  return (
    <label className="block">
      {label}
      <input name="code" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9 ]{6,7}" maxLength={MAX_LENGTH.appCode} required className={`${inputClass} max-w-40 font-mono tracking-widest`} />
      <FieldError errors={errors} field="code" />
    </label>
  );
}

/** Shown once, right after they are made: the codes are stored only as hashes. */
function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations('Admin.security');
  return (
    <section className="space-y-2 rounded border border-green-300 bg-green-50 p-4" aria-labelledby="recovery-codes">
      <h3 id="recovery-codes" className="font-bold">
        {t('codesHeading')}
      </h3>
      <p className="text-sm">{t('codesHint')}</p>
      <ul className="grid grid-cols-2 gap-1 font-mono text-base sm:grid-cols-5" aria-label={t('codesHeading')}>
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
    </section>
  );
}

type ShowCodes = (codes: string[]) => void;

function Enrol({ showCodes }: { showCodes: ShowCodes }) {
  const t = useTranslations('Admin.security');
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const begin = useStaffForm(beginTwoFactorAction, setEnrolment);
  const confirm = useStaffForm(confirmTwoFactorAction, (data) => showCodes(data.recoveryCodes));
  if (!enrolment) {
    return (
      <form onSubmit={begin.onSubmit} className="space-y-2">
        <FormStatus errors={begin.errors} saved={false} savedText="" />
        <p className="text-sm text-neutral-700">{t('offHint')}</p>
        <button type="submit" disabled={begin.pending} className={buttonClass}>
          {t('begin')}
        </button>
      </form>
    );
  }
  return (
    <form onSubmit={confirm.onSubmit} className="space-y-3">
      <FormStatus errors={confirm.errors} saved={false} savedText="" />
      <ol className="list-decimal space-y-3 pl-5 text-sm">
        <li>
          {t('scan')}
          {/* A data: URL of our own SVG, not markup: nothing from the page is parsed as HTML. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={enrolment.qrCode} alt={t('qrAlt')} width={192} height={192} className="mt-2 rounded border border-neutral-200 bg-white" />
          <p className="mt-2">
            {t('keyLabel')} <code className="break-all rounded bg-neutral-100 px-1 font-mono" data-testid="totp-key">{enrolment.key}</code>
          </p>
        </li>
        <li>
          <CodeInput label={t('confirmLabel')} errors={confirm.errors} />
        </li>
      </ol>
      <button type="submit" disabled={confirm.pending} className={buttonClass}>
        {t('confirm')}
      </button>
    </form>
  );
}

function Manage({ mayTurnOff, showCodes }: { mayTurnOff: boolean; showCodes: ShowCodes }) {
  const t = useTranslations('Admin.security');
  const renew = useStaffForm(renewRecoveryCodesAction, (data) => showCodes(data.recoveryCodes));
  const off = useStaffForm(disableTwoFactorAction);
  return (
    <div className="space-y-4">
      <form onSubmit={renew.onSubmit} className="space-y-2" aria-label={t('renew')}>
        <FormStatus errors={renew.errors} saved={false} savedText="" />
        <CodeInput label={t('codeToRenew')} errors={renew.errors} />
        <button type="submit" disabled={renew.pending} className={buttonClass}>
          {t('renew')}
        </button>
      </form>
      {mayTurnOff ? (
        <form onSubmit={off.onSubmit} className="space-y-2 border-t border-neutral-200 pt-4" aria-label={t('turnOff')}>
          <FormStatus errors={off.errors} saved={false} savedText="" />
          <CodeInput label={t('codeToTurnOff')} errors={off.errors} />
          <button type="submit" disabled={off.pending} className="rounded border border-red-300 px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-50">
            {t('turnOff')}
          </button>
        </form>
      ) : (
        <p className="border-t border-neutral-200 pt-4 text-sm text-neutral-600">{t('requiredCannotTurnOff')}</p>
      )}
    </div>
  );
}

export function TwoFactorPanel({ on, since, recoveryCodesLeft, mayTurnOff }: { on: boolean; since: string | null; recoveryCodesLeft: number; mayTurnOff: boolean }) {
  const t = useTranslations('Admin.security');
  // Here, not in the forms: the page refreshes after a success and shows the other form, and the codes must stay.
  const [codes, showCodes] = useState<string[] | null>(null);
  return (
    <section className={panelClass} aria-labelledby="two-factor">
      <h2 id="two-factor" className="text-lg font-bold">
        {t('twoFactor')}
      </h2>
      <p role="status" className={on ? 'text-green-800' : 'text-neutral-700'}>
        {on ? t('on', { since: since ?? '', left: recoveryCodesLeft }) : t('off')}
      </p>
      {codes ? <RecoveryCodes codes={codes} /> : null}
      {on ? <Manage mayTurnOff={mayTurnOff} showCodes={showCodes} /> : <Enrol showCodes={showCodes} />}
    </section>
  );
}

export function RequiredForAdminsForm({ required, version }: { required: boolean; version: number }) {
  const t = useTranslations('Admin.security');
  const form = useStaffForm(setTwoFactorRequiredAction);
  return (
    <form onSubmit={form.onSubmit} className={panelClass} aria-labelledby="required-for-admins">
      <h2 id="required-for-admins" className="text-lg font-bold">
        {t('requiredHeading')}
      </h2>
      <FormStatus errors={form.errors} saved={Boolean(form.state?.ok)} savedText={t('saved')} />
      <input type="hidden" name="version" value={version} />
      <label className="flex items-start gap-2">
        <input type="checkbox" name="required" value="on" defaultChecked={required} className="mt-1" />
        <span>{t('requiredLabel')}</span>
      </label>
      <button type="submit" disabled={form.pending} className={buttonClass}>
        {t('save')}
      </button>
    </form>
  );
}
