// Preloaded into the compatibility suite's bundled subgraphs (node --require): they listen on every interface
// ({ port } only), so this binds each server that names no host to 127.0.0.1 instead.
const net = require('node:net');

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  const [first] = args;
  if (first && typeof first === 'object' && first.host === undefined && first.port !== undefined) {
    args[0] = { ...first, host: '127.0.0.1' };
  } else if (typeof first === 'number' && typeof args[1] !== 'string') {
    args.splice(1, 0, '127.0.0.1');
  }
  return listen.apply(this, args);
};
