/*
 * Sunshine: solves the proof-of-work challenge of a public form before it is sent, so that a
 * person never sees a puzzle while a flood of automated submissions becomes expensive. Finds a
 * nonce such that SHA-256(token + ":" + nonce) begins with `data-difficulty` zero bits. Without
 * JavaScript the form shows a simple arithmetic question instead.
 */
(function () {
  "use strict";

  var K = [0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2];

  function utf8(text) {
    return unescape(encodeURIComponent(text));
  }

  /* SHA-256 of an ASCII/UTF-8 byte string; returns the first 32-bit word of the digest and the second. */
  function sha256Head(bytes) {
    var h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    var length = bytes.length, words = [], i;
    for (i = 0; i < length; i++) {
      words[i >> 2] |= (bytes.charCodeAt(i) & 0xff) << (24 - (i % 4) * 8);
    }
    words[length >> 2] |= 0x80 << (24 - (length % 4) * 8);
    var total = ((length + 8) >> 6) * 16 + 16;
    for (i = 0; i < total; i++) { words[i] = words[i] | 0; }
    words[total - 1] = length * 8;
    var w = new Array(64);
    for (var block = 0; block < total; block += 16) {
      var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
      for (i = 0; i < 64; i++) {
        if (i < 16) {
          w[i] = words[block + i];
        } else {
          var x = w[i - 15], y = w[i - 2];
          var s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
          var s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
          w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
        }
        var S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
        var ch = (e & f) ^ (~e & g);
        var t1 = (hh + S1 + ch + K[i] + w[i]) | 0;
        var S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
        var maj = (a & b) ^ (a & c) ^ (b & c);
        var t2 = (S0 + maj) | 0;
        hh = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
      }
      h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0;
      h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0; h[6] = (h[6] + g) | 0; h[7] = (h[7] + hh) | 0;
    }
    return [h[0] >>> 0, h[1] >>> 0];
  }

  function leadingZeroBits(head) {
    if (head[0] !== 0) { return Math.clz32(head[0]); }
    return 32 + Math.clz32(head[1]);
  }

  function solve(token, difficulty, done) {
    var prefix = utf8(token + ":"), nonce = 0;
    function batch() {
      for (var i = 0; i < 5000; i++, nonce++) {
        if (leadingZeroBits(sha256Head(prefix + nonce)) >= difficulty) {
          done(String(nonce));
          return;
        }
      }
      setTimeout(batch, 0);
    }
    batch();
  }

  document.querySelectorAll("form").forEach(function (form) {
    var token = form.querySelector(".pow-token");
    if (!token) { return; }
    var nonceField = form.querySelector(".pow-nonce");
    var status = form.querySelector(".pow-status");
    var fallback = form.querySelector(".pow-fallback");
    if (fallback) { fallback.hidden = true; }
    var solving = false;
    form.addEventListener("submit", function (event) {
      if (nonceField.value) { return; }
      event.preventDefault();
      if (solving) { return; }
      solving = true;
      if (status) { status.textContent = token.getAttribute("data-working"); }
      solve(token.value, parseInt(token.getAttribute("data-difficulty"), 10), function (nonce) {
        nonceField.value = nonce;
        if (status) { status.textContent = token.getAttribute("data-done"); }
        form.submit();
      });
    });
  });
}());
