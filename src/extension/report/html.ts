import * as vscode from 'vscode';

/** 32 random characters from a CSPRNG: the page's scripts run only with this nonce. */
export function nonce(): string {
  const bytes = new Uint8Array(24);
  globalThis.crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64').replace(/[+/=]/g, '').slice(0, 32);
}

/**
 * The report page. It holds no article data at all: the script asks for it with a `ready` message and builds the
 * DOM with textContent. Only files under `media/` can load, under a CSP with a nonce.
 */
export function reportHtml(webview: vscode.Webview, media: vscode.Uri): string {
  const n = nonce();
  const script = webview.asWebviewUri(vscode.Uri.joinPath(media, 'report.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(media, 'report.css'));
  const csp = [`default-src 'none'`, `img-src ${webview.cspSource} data:`, `style-src ${webview.cspSource}`, `script-src 'nonce-${n}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="${vscode.env.language.replace(/[^A-Za-z-]/g, '') || 'en'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link href="${style}" rel="stylesheet">
<title>Source Lens</title>
</head>
<body>
<main id="app" aria-busy="true"></main>
<script nonce="${n}" src="${script}"></script>
</body>
</html>`;
}
