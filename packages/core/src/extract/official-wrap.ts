import { isHan } from './text-utils.js';

/**
 * Where a name after a title starts when a hard line wrap falls between them
 * (WeChat reposts and PDF text: …部署重点任务。县委常委、副县长↵程志宏出席会议并讲话): the
 * title ends a line that holds prose before it (a sentence end or a comma on the line,
 * so not a signature or a heading line with the title alone), and the next line
 * goes on in Han text. Else `nameStart` itself.
 *
 * @example wrappedNameStart('会议召开。副县长\n王刚出席。', 8) // 9
 */
export function wrappedNameStart(text: string, nameStart: number): number {
  if (text[nameStart] !== '\n') return nameStart;
  const lineStart = text.lastIndexOf('\n', nameStart - 1) + 1;
  const line = text.slice(lineStart, nameStart);
  if (!/[。,;、]/u.test(line)) return nameStart;
  if (!isHan(text[nameStart + 1]) || !isHan(text[nameStart + 2])) return nameStart;
  return nameStart + 1;
}
