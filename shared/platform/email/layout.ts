import { escapeHtml, safeUrl, subjectLine } from './html.ts';
import type { EmailParts, RenderContext, RenderedEmail } from './types.ts';

const FONT = "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

/**
 * The frame every email shares: the org's logo and name on top, the message,
 * one button, small print. Every interpolated value is escaped here, once.
 */
export function layout(parts: EmailParts, context: RenderContext): RenderedEmail {
  const { org } = context;
  const greeting = context.recipientName ? `Hello ${context.recipientName},` : 'Hello,';
  const footer = `You receive this email because of your part in ${org.name}.`;

  const text = [
    org.name,
    '',
    greeting,
    '',
    ...parts.paragraphs.flatMap((paragraph) => [paragraph, '']),
    ...(parts.action ? [`${parts.action.label}: ${parts.action.url}`, ''] : []),
    ...(parts.note ? [parts.note, ''] : []),
    '—',
    footer,
  ].join('\n');

  const logoUrl = safeUrl(org.logoUrl);
  const actionUrl = parts.action ? safeUrl(parts.action.url) : undefined;
  const logo = logoUrl
    ? `<img src="${escapeHtml(logoUrl)}" alt="${escapeHtml(org.name)}" height="48" style="height:48px;max-width:200px;border:0;display:block;margin:0 0 12px">`
    : '';
  const button =
    parts.action && actionUrl
      ? `<p style="margin:24px 0"><a href="${escapeHtml(actionUrl)}" style="background:#1f2937;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(parts.action.label)}</a></p>
<p style="font-size:13px;color:#6b7280;margin:0 0 16px">Or open this link: <a href="${escapeHtml(actionUrl)}" style="color:#374151">${escapeHtml(actionUrl)}</a></p>`
      : '';
  const html = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(subjectLine(parts.subject))}</title></head>
<body style="margin:0;padding:24px;background:#f3f4f6;${FONT};color:#111827">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:32px">
${logo}<p style="font-size:14px;color:#6b7280;margin:0 0 24px">${escapeHtml(org.name)}</p>
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(parts.heading)}</h1>
<p style="margin:0 0 16px">${escapeHtml(greeting)}</p>
${parts.paragraphs.map((paragraph) => `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(paragraph)}</p>`).join('\n')}
${button}
${parts.note ? `<p style="font-size:13px;color:#6b7280;margin:0 0 16px">${escapeHtml(parts.note)}</p>` : ''}
<hr style="border:0;border-top:1px solid #e5e7eb;margin:24px 0">
<p style="font-size:12px;color:#9ca3af;margin:0">${escapeHtml(footer)}</p>
</div>
</body>
</html>`;

  return { subject: subjectLine(parts.subject), text, html };
}
