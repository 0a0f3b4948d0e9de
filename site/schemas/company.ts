import { z } from 'zod';
import { defineContentType } from './define.ts';
import { audience, disclosures, isExample, markdown, source } from './common.ts';

/** A requisite written as exactly `count` digits; its length limit (Strapi's maxLength) is the same count. */
const digits = (count: number, what: string) =>
  z
    .string()
    .max(count)
    .regex(new RegExp(`^\\d{${count}}$`), `${what} has ${count} digits`);

/** A bank account of the company (D02). */
const bankAccount = z.object({
  bankName: z.string().min(1).max(200).describe('Bank name'),
  bic: digits(9, 'a BIC'),
  account: digits(20, 'a settlement account'),
  correspondentAccount: digits(20, 'a correspondent account'),
});

/** A remote (заочное) service channel (D06, clause 47). */
const channel = z.object({
  kind: z.enum(['phone', 'email', 'post', 'cabinet', 'app', 'messenger', 'social', 'sms', 'chatbot', 'site']),
  title: z.string().min(1).max(200).describe('What the channel is, in the page language'),
  value: z.string().min(1).max(300).describe('Number, address or URL'),
  hours: z.string().max(200).nullish().describe('When the channel answers, in words'),
  note: z.string().max(500).nullish(),
  /** Whom the channel serves, where that differs: the personal cabinets of citizens and of organisations. */
  audience: audience.nullish().describe('Who the channel is for, if not everyone'),
});

/** Company details: one entry per language (D01–D03, D05, D06). */
export const company = defineContentType({
  apiName: 'company',
  pluralName: 'companies',
  kind: 'singleType',
  bodyField: 'body',
  fields: {
    fullName: z.string().min(1).max(300).describe('Full legal name'),
    shortName: z.string().min(1).max(120).describe('Short name'),
    legalAddress: z.string().min(1).max(300),
    postalAddress: z.string().min(1).max(300),
    inn: digits(10, 'an INN of a company'),
    kpp: digits(9, 'a KPP'),
    ogrn: digits(13, 'an OGRN'),
    email: z.email().max(254),
    website: z.url().max(255),
    contactCentrePhone: z.string().min(1).max(40).describe('The single contact-centre number (clause 48)'),
    contactCentreHours: z.string().min(1).max(200).describe('Contact-centre hours in OpenStreetMap opening_hours syntax'),
    readingsDueDay: z.number().int().min(1).max(28).describe('Meter readings are due by this day of each month, inclusive'),
    bankAccounts: z.array(bankAccount),
    channels: z.array(channel),
    body: markdown.nullish().describe('Free text shown under the details'),
    disclosures,
    source,
    isExample,
  },
  populate: { bankAccounts: true, channels: true, disclosures: true },
});
