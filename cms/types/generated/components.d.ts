import type { Schema, Struct } from '@strapi/strapi';

export interface CompanyBankAccount extends Struct.ComponentSchema {
  collectionName: 'components_company_bank_account';
  info: {
    description: '\u0411\u0430\u043D\u043A, \u0411\u0418\u041A, \u0440\u0430\u0441\u0447\u0451\u0442\u043D\u044B\u0439 \u0438 \u043A\u043E\u0440\u0440\u0435\u0441\u043F\u043E\u043D\u0434\u0435\u043D\u0442\u0441\u043A\u0438\u0439 \u0441\u0447\u0451\u0442.';
    displayName: '\u0411\u0430\u043D\u043A\u043E\u0432\u0441\u043A\u0438\u0439 \u0441\u0447\u0451\u0442';
  };
  attributes: {
    account: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    bankName: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    bic: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 9;
      }>;
    correspondentAccount: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
  };
}

export interface ContactChannel extends Struct.ComponentSchema {
  collectionName: 'components_contact_channel';
  info: {
    description: '\u0422\u0435\u043B\u0435\u0444\u043E\u043D, \u043F\u043E\u0447\u0442\u0430, \u043B\u0438\u0447\u043D\u044B\u0439 \u043A\u0430\u0431\u0438\u043D\u0435\u0442, SMS \u0438 \u0442. \u043F.: \u043A\u0430\u043A \u0441\u0432\u044F\u0437\u0430\u0442\u044C\u0441\u044F \u0438 \u043A\u043E\u0433\u0434\u0430.';
    displayName: '\u041A\u0430\u043D\u0430\u043B \u0437\u0430\u043E\u0447\u043D\u043E\u0433\u043E \u043E\u0431\u0441\u043B\u0443\u0436\u0438\u0432\u0430\u043D\u0438\u044F';
  };
  attributes: {
    audience: Schema.Attribute.Enumeration<['individuals', 'legal-entities', 'all']>;
    hours: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    kind: Schema.Attribute.Enumeration<['phone', 'email', 'post', 'cabinet', 'app', 'messenger', 'social', 'sms', 'chatbot', 'site']> & Schema.Attribute.Required;
    note: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    value: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
  };
}

export interface ContactPhone extends Struct.ComponentSchema {
  collectionName: 'components_contact_phone';
  info: {
    description: '\u041D\u043E\u043C\u0435\u0440 \u0442\u0435\u043B\u0435\u0444\u043E\u043D\u0430 \u0432 \u0444\u043E\u0440\u043C\u0430\u0442\u0435 +7 (XXX) XXX-XX-XX \u0438 \u0435\u0433\u043E \u043D\u0430\u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435.';
    displayName: '\u0422\u0435\u043B\u0435\u0444\u043E\u043D';
  };
  attributes: {
    number: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    purpose: Schema.Attribute.Enumeration<['reception', 'contact-centre', 'cash-desk', 'sms', 'fax']> & Schema.Attribute.Required;
  };
}

export interface DisclosureReference extends Struct.ComponentSchema {
  collectionName: 'components_disclosure_reference';
  info: {
    description: '\u041A\u043E\u0434 \u0442\u0440\u0435\u0431\u043E\u0432\u0430\u043D\u0438\u044F \u043E \u0440\u0430\u0441\u043A\u0440\u044B\u0442\u0438\u0438 \u0438\u043D\u0444\u043E\u0440\u043C\u0430\u0446\u0438\u0438 (D01\u2013D25), \u043A\u043E\u0442\u043E\u0440\u043E\u0435 \u0432\u044B\u043F\u043E\u043B\u043D\u044F\u0435\u0442 \u044D\u0442\u0430 \u0437\u0430\u043F\u0438\u0441\u044C.';
    displayName: '\u0422\u0440\u0435\u0431\u043E\u0432\u0430\u043D\u0438\u0435 \u0441\u0442\u0430\u043D\u0434\u0430\u0440\u0442\u0430';
  };
  attributes: {
    code: Schema.Attribute.Enumeration<
      [
        'D01',
        'D02',
        'D03',
        'D04',
        'D05',
        'D06',
        'D07',
        'D08',
        'D09',
        'D10',
        'D11',
        'D12',
        'D13',
        'D14',
        'D15',
        'D16',
        'D17',
        'D18',
        'D19',
        'D20',
        'D21',
        'D22',
        'D23',
        'D24',
        'D25',
      ]
    > &
      Schema.Attribute.Required;
  };
}

export interface OutageStreet extends Struct.ComponentSchema {
  collectionName: 'components_outage_street';
  info: {
    description: '\u0423\u043B\u0438\u0446\u0430 \u0438 \u0434\u043E\u043C\u0430, \u0433\u0434\u0435 \u043D\u0435\u0442 \u044D\u043B\u0435\u043A\u0442\u0440\u043E\u044D\u043D\u0435\u0440\u0433\u0438\u0438.';
    displayName: '\u0423\u043B\u0438\u0446\u0430';
  };
  attributes: {
    houses: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    street: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

export interface StandardClause extends Struct.ComponentSchema {
  collectionName: 'components_standard_clause';
  info: {
    description: '\u041F\u0443\u043D\u043A\u0442 \u0441\u0442\u0430\u043D\u0434\u0430\u0440\u0442\u0430; \u043D\u043E\u043C\u0435\u0440 \u0434\u0430\u0451\u0442 \u043F\u043E\u0441\u0442\u043E\u044F\u043D\u043D\u044B\u0439 \u044F\u043A\u043E\u0440\u044C #p-<\u043D\u043E\u043C\u0435\u0440>.';
    displayName: '\u041F\u0443\u043D\u043A\u0442 \u0441\u0442\u0430\u043D\u0434\u0430\u0440\u0442\u0430';
  };
  attributes: {
    number: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    text: Schema.Attribute.RichText & Schema.Attribute.Required;
  };
}

export interface StandardRevision extends Struct.ComponentSchema {
  collectionName: 'components_standard_revision';
  info: {
    description: '\u0414\u0430\u0442\u0430 \u0438 \u0441\u0443\u0442\u044C \u0438\u0437\u043C\u0435\u043D\u0435\u043D\u0438\u044F \u0441\u0442\u0430\u043D\u0434\u0430\u0440\u0442\u0430.';
    displayName: '\u0420\u0435\u0434\u0430\u043A\u0446\u0438\u044F \u0441\u0442\u0430\u043D\u0434\u0430\u0440\u0442\u0430';
  };
  attributes: {
    date: Schema.Attribute.Date & Schema.Attribute.Required;
    summary: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
  };
}

export interface SurveyResult extends Struct.ComponentSchema {
  collectionName: 'components_survey_result';
  info: {
    description: '\u0421\u0440\u0435\u0434\u043D\u0438\u0439 \u0431\u0430\u043B\u043B \u043F\u043E \u043E\u0434\u043D\u043E\u043C\u0443 \u0432\u043E\u043F\u0440\u043E\u0441\u0443 \u043E\u043F\u0440\u043E\u0441\u0430 \u0434\u043B\u044F \u043E\u0434\u043D\u043E\u0439 \u0433\u0440\u0443\u043F\u043F\u044B \u043A\u043B\u0438\u0435\u043D\u0442\u043E\u0432.';
    displayName: '\u0420\u0435\u0437\u0443\u043B\u044C\u0442\u0430\u0442 \u043E\u043F\u0440\u043E\u0441\u0430';
  };
  attributes: {
    group: Schema.Attribute.Enumeration<['individuals', 'legal-entities', 'all']> & Schema.Attribute.Required;
    question: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    scaleMax: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 100;
          min: 1;
        },
        number
      >;
    score: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'company.bank-account': CompanyBankAccount;
      'contact.channel': ContactChannel;
      'contact.phone': ContactPhone;
      'disclosure.reference': DisclosureReference;
      'outage.street': OutageStreet;
      'standard.clause': StandardClause;
      'standard.revision': StandardRevision;
      'survey.result': SurveyResult;
    }
  }
}
