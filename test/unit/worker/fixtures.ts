/** Two short articles that disagree on a range and share one verbatim sentence. */
export const SHARED = 'The missile system was tested last year at the Kapustin Yar range in southern Russia, according to the Defense Ministry.';
export const A_DOC = 'file:///ws/a.txt';
export const B_DOC = 'file:///ws/b.txt';
export const A_TEXT = `Russia's Oreshnik missile has a range of 2,000 kilometers, officials said.\r\nPresident Vladimir Putin announced the deployment in Minsk.\r\n${SHARED}\r\n`;
export const B_TEXT = `The Oreshnik missile has a range of 500 kilometers, according to analysts.\n${SHARED}\nVladimir Putin spoke in Moscow.\n`;
