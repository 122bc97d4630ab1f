// The server's event stream (/api/events) read frame by frame: the app's client and the
// draft party's guest page both follow it.

/** Calls `onFrame` with each `\n\n`-terminated frame of the body until the stream ends. */
export async function readSseFrames(body: NonNullable<Response['body']>, onFrame: (frame: string) => void): Promise<void> {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    for (let cut = buffer.indexOf('\n\n'); cut >= 0; cut = buffer.indexOf('\n\n')) {
      onFrame(buffer.slice(0, cut));
      buffer = buffer.slice(cut + 2);
    }
  }
}
