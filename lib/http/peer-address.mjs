// Preloaded into the Next server (`node --import`, scripts/lib/next-server.ts): appends each
// request's socket peer to X-Forwarded-For, as a proxy does, so the last entry is always the peer
// and the sign-in limits (lib/http/client-address.ts) never believe an address a client wrote.
// Next only fills the header when it is absent, which would let a client choose its address.
import http from "node:http";

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function emitWithPeer(event, request, ...rest) {
  if (event === "request") {
    const peer = request.socket?.remoteAddress ?? "unknown";
    const forwarded = request.headers["x-forwarded-for"];
    request.headers["x-forwarded-for"] = forwarded ? `${forwarded}, ${peer}` : peer;
  }
  return emit.call(this, event, request, ...rest);
};
