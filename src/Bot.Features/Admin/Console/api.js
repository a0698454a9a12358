// The admin API as the console calls it: every call carries the function key (x-functions-key); errors
// become ApiError with the API's own words ({"error":"..."}); a 401 forgets the key and signs out.

const KeyName = "bot-console.function-key";
const AdminBase = "/api/admin/";

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.name = "ApiError";
    this.status = status;
  }

  /** True for a 401: the shell has already sent the user back to the key prompt. */
  get signedOut() {
    return this.status === 401;
  }
}

export const key = {
  get: () => sessionStorage.getItem(KeyName) ?? "",
  set: (value) => sessionStorage.setItem(KeyName, value),
  clear: () => sessionStorage.removeItem(KeyName),
};

let unauthorized = () => {};

/** The shell's handler for a 401: called with the API's reason after the key is forgotten. */
export function onUnauthorized(handler) {
  unauthorized = handler;
}

function url(path, query) {
  const target = new URL(AdminBase + path.replace(/^\/+/, ""), location.origin);
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== "") {
      target.searchParams.set(name, String(value));
    }
  }
  return target;
}

async function reason(response) {
  const text = await response.text().catch(() => "");
  try {
    const body = JSON.parse(text);
    if (body && typeof body.error === "string") {
      return body.error;
    }
  } catch {
    // not JSON: the text itself, or the status, is the reason
  }
  return text.trim() || `HTTP ${response.status} ${response.statusText}`.trim();
}

/** Sends one admin API call; answers the Response when it succeeded, throws ApiError otherwise. */
export async function call(method, path, { query, body, headers } = {}) {
  const init = { method, headers: { "x-functions-key": key.get(), ...(headers ?? {}) } };
  if (body !== undefined) {
    init.headers["content-type"] = "application/json";
    init.body = JSON.stringify(body);
  }

  let response;
  try {
    response = await fetch(url(path, query), init);
  } catch (e) {
    throw new ApiError(0, `the admin API cannot be reached (${e.message})`);
  }

  if (response.ok) {
    return response;
  }

  const message = await reason(response);
  if (response.status === 401) {
    key.clear();
    unauthorized(message);
  }
  throw new ApiError(response.status, message);
}

async function json(response) {
  const text = await response.text();
  if (!text) {
    return null;
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(response.status, `the API answered something that is not JSON: ${text.slice(0, 200)}`);
  }
}

export const api = {
  /** GET, answers the parsed JSON. */
  get: async (path, query) => json(await call("GET", path, { query })),
  /** GET, answers the body as text (JSON lines, CSV). */
  text: async (path, query) => (await call("GET", path, { query })).text(),
  post: async (path, body, headers) => json(await call("POST", path, { body, headers })),
  put: async (path, body, headers) => json(await call("PUT", path, { body, headers })),
  delete: async (path, headers) => json(await call("DELETE", path, { headers })),
  /** Downloads what GET answers as a file (the key goes in the header, not in a link). */
  download: async (path, query, fallbackName) => {
    const response = await call("GET", path, { query });
    const disposition = response.headers.get("content-disposition") ?? "";
    const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1] ?? fallbackName;
    const blob = await response.blob();
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = decodeURIComponent(name);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    return name;
  },
};

/**
 * GETs an admin file (an image: a chart, a participant's photo) and answers an object URL for <img src>:
 * an <img> cannot send the key, so the bytes are fetched here with it. Errors throw ApiError as api.* does.
 * Revoke the URL (URL.revokeObjectURL) when the image leaves the page.
 */
export async function apiObjectUrl(path, query) {
  const response = await call("GET", path, { query });
  return URL.createObjectURL(await response.blob());
}
