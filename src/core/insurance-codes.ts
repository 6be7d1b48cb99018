/**
 * X12 service type codes the kit asks about (30 first: there is no IOP-specific code).
 * Its own module, without the schemas, so the insurance form can list them before any validation code loads.
 */
export const SERVICE_TYPE_CODES = ['30', 'MH', 'AI', 'CF', 'CJ', 'A6', 'A8', 'AJ', 'AK', 'BB', 'CH'] as const;
