// The exact file the validator ships and validates against, served byte for byte.
import schema from '@csp-move/rules/plan-v2.schema.json?raw';
import type { APIRoute } from 'astro';

export const GET: APIRoute = () =>
  new Response(schema, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
