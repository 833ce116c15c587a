/* KbEngine search: runs in the browser over the sharded index of search/ (see SearchIndexBuilder).
   A query fetches the manifest once, the term shards of its words, and the title shards of its hits. */
(function () {
  'use strict';
  var form = document.querySelector('form.search');
  if (!form || !window.fetch) { return; }
  var box = form.querySelector('input[name="q"]');
  var root = form.getAttribute('data-root') || './';
  var base = root + 'search/';
  var cache = {};

  function json(path) {
    if (!cache[path]) {
      cache[path] = fetch(base + path).then(function (r) {
        if (!r.ok) { throw new Error(path + ': ' + r.status); }
        return r.json();
      });
    }
    return cache[path];
  }

  function articleUrl(id) {
    var n = Math.floor(parseInt(id.slice(1), 10) / 1000);
    return root + 'kb/' + ('00' + n).slice(-3) + '/' + id + '/';
  }

  // The same words as SearchTerms.cs: lower-case runs of letters and digits, two or more, no stop words.
  function words(query, stop) {
    var seen = {};
    return (query.toLowerCase().match(/[a-z0-9]+/g) || []).filter(function (w) {
      if (w.length < 2 || stop[w] || seen[w]) { return false; }
      seen[w] = true;
      return true;
    });
  }

  // The shard of a word: the longest key that starts it; a word shorter than a split shard reads the shards under it.
  function shardsFor(manifest, word) {
    for (var length = 2; length <= word.length; length++) {
      var key = word.slice(0, length);
      if (Object.prototype.hasOwnProperty.call(manifest.shards, key)) { return [key]; }
    }
    return Object.keys(manifest.shards).filter(function (k) { return k.indexOf(word) === 0; }).slice(0, 6);
  }

  function search(query, limit) {
    return json('manifest.json').then(function (manifest) {
      var stop = {};
      (manifest.stopWords || []).forEach(function (w) { stop[w] = true; });
      var list = words(query, stop);
      if (list.length === 0) { return []; }
      return Promise.all(list.map(function (word) {
        return Promise.all(shardsFor(manifest, word).map(function (key) { return json('t/' + encodeURIComponent(key) + '.json'); }))
          .then(function (shards) { return { word: word, shards: shards }; });
      })).then(function (found) {
        var scores = {};
        found.forEach(function (f) {
          var best = {};
          f.shards.forEach(function (shard) {
            Object.keys(shard).forEach(function (term) {
              if (term.indexOf(f.word) !== 0) { return; }
              var postings = shard[term], df = postings.length / 2;
              // BM25's idf, and a whole-word match above a prefix match, as kb query weighs terms by rarity.
              var idf = Math.log(1 + (manifest.documents - df + 0.5) / (df + 0.5));
              var factor = term === f.word ? 1 : 0.6;
              for (var i = 0, doc = 0; i < postings.length; i += 2) {
                doc += postings[i];
                var s = postings[i + 1] * idf * factor;
                if (!(best[doc] >= s)) { best[doc] = s; }
              }
            });
          });
          Object.keys(best).forEach(function (doc) {
            var entry = scores[doc] || (scores[doc] = { doc: +doc, score: 0, words: 0 });
            entry.score += best[doc];
            entry.words += 1;
          });
        });
        var ranked = Object.keys(scores).map(function (k) { return scores[k]; });
        ranked.sort(function (a, b) { return b.words - a.words || b.score - a.score || a.doc - b.doc; });
        ranked = ranked.slice(0, limit);
        var per = manifest.documentsPerShard;
        var needed = {};
        ranked.forEach(function (r) { needed[Math.floor(r.doc / per)] = true; });
        return Promise.all(Object.keys(needed).map(function (n) {
          return json('d/' + n + '.json').then(function (docs) { return { n: +n, docs: docs }; });
        })).then(function (shards) {
          var byShard = {};
          shards.forEach(function (s) { byShard[s.n] = s.docs; });
          return ranked.map(function (r) {
            var d = byShard[Math.floor(r.doc / per)][r.doc % per];
            return { id: d[0], title: d[1], url: articleUrl(d[0]) };
          });
        });
      });
    });
  }

  function item(hit) {
    var li = document.createElement('li');
    var a = document.createElement('a');
    a.href = hit.url;
    a.textContent = hit.id + ' ' + hit.title;
    li.appendChild(a);
    return li;
  }

  // On the search page: the results of ?q=.
  var results = document.getElementById('search-results');
  if (results) {
    var status = document.getElementById('search-status');
    var query = new URLSearchParams(window.location.search).get('q') || '';
    box.value = query;
    if (query) {
      status.textContent = 'Searching…';
      search(query, 50).then(function (hits) {
        hits.forEach(function (hit) { results.appendChild(item(hit)); });
        status.textContent = hits.length === 0 ? 'No article matches “' + query + '”.' : hits.length + (hits.length === 50 ? '+' : '') + ' articles match “' + query + '”.';
      }, function () { status.textContent = 'The search index could not be loaded.'; });
    }
    return;
  }

  // Elsewhere: suggestions under the box as you type; Enter opens the search page.
  var list = document.createElement('ul');
  list.className = 'suggestions';
  list.id = 'search-suggestions';
  list.hidden = true;
  list.setAttribute('aria-label', 'Suggested articles');
  form.appendChild(list);
  box.setAttribute('aria-controls', list.id);
  var timer = 0, latest = 0;
  box.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var ticket = ++latest, query = box.value;
      if (query.trim().length < 2) { list.hidden = true; return; }
      search(query, 8).then(function (hits) {
        if (ticket !== latest) { return; }
        list.textContent = '';
        hits.forEach(function (hit) { list.appendChild(item(hit)); });
        list.hidden = hits.length === 0;
      }, function () { list.hidden = true; });
    }, 150);
  });
  box.addEventListener('keydown', function (e) { if (e.key === 'Escape') { list.hidden = true; } });
  document.addEventListener('click', function (e) { if (!form.contains(e.target)) { list.hidden = true; } });
})();
