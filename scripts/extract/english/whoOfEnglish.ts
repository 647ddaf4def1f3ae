/**
 * People named as the subject of an English caption: a name after a title (`Chinese President Xi Jinping`, `French
 * President Emmanuel Macron`, `U.S. Secretary of State Antony Blinken`) or leading the caption before a comma and
 * an office (`Wang Yi, director of …`). Deliberately simple: other names are not looked for.
 */
const NAME = "[A-Z][a-z'-]+(?:\\s+[A-Z][a-z'-]+){1,2}";
const TITLED = new RegExp(
  `\\b(?:President|Premier|Vice Premier|Vice President|Prime Minister|Foreign Minister|Minister|Chancellor|King|Queen|Secretary-General|Secretary General|General Secretary|Secretary of State|Chairman|Chairwoman|Chief Executive)\\s+(${NAME})`,
  'g',
);
const LEADING = new RegExp(
  `^(${NAME}),\\s+(?:the\\s+)?(?:director|president|premier|minister|chairman|chairwoman|head|member|secretary|chief|governor|mayor|ambassador|spokesperson|spokesman|spokeswoman|vice)\\b`,
);

export const whoOfEnglish = (text: string): string[] => {
  const names: string[] = [];
  const leading = LEADING.exec(text);
  if (leading) names.push(leading[1]);
  TITLED.lastIndex = 0;
  for (let m = TITLED.exec(text); m; m = TITLED.exec(text)) if (!names.includes(m[1])) names.push(m[1]);
  return names;
};
