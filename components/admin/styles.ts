// Plain constants, not in a 'use client' module: a server page importing from one gets a client reference, not the
// string.
export const inputClass = 'mt-1 block w-full rounded border border-neutral-300 bg-white px-2 py-1.5';
export const buttonClass = 'rounded bg-neutral-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-neutral-700 disabled:opacity-50';
