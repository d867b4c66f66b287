// Schema parts every catalog file uses: a calendar date and a text in both locales.

export const date = { type: 'string', format: 'date', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' } as const;

export const localized = {
  type: 'object',
  additionalProperties: false,
  required: ['en', 'zh-TW'],
  properties: { en: { type: 'string', minLength: 1 }, 'zh-TW': { type: 'string', minLength: 1 } },
} as const;
