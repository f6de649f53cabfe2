import { errorMessage } from '@/components/imports/api';

/** Browser calls of the stores API; each throws an Error carrying the server's message. */

async function send(url: string, method: string, body?: unknown): Promise<Response> {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(await errorMessage(response));
  return response;
}

export async function createStore(name: string): Promise<string> {
  const response = await send('/api/stores', 'POST', { name });
  return ((await response.json()) as { id: string }).id;
}

export async function renameStore(id: string, name: string): Promise<void> {
  await send(`/api/stores/${encodeURIComponent(id)}`, 'PATCH', { name });
}

export async function deleteStore(id: string): Promise<void> {
  await send(`/api/stores/${encodeURIComponent(id)}`, 'DELETE');
}
