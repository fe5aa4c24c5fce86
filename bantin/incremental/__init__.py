"""Around the site: what a rebuild may reuse, and putting the finished site in place.

`fingerprint` (what an output is made from, as a key), `cache` (outputs and parsed articles
kept by key), `overlay` (the record of a site and applying a build over it), `staging` (build
beside the site, swap in on success, by a journal), `lock` (one build of a site, and over
a cache, at a time), `publisher` (all of it behind the site's one question).
"""
