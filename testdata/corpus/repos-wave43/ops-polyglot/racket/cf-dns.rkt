#lang racket/base
;; cf-dns.rkt -- list the DNS records of a Cloudflare zone as a table.
;;   CLOUDFLARE_API_TOKEN=... racket cf-dns.rkt <zone-id>
(require net/http-easy
         racket/cmdline
         racket/format
         racket/list
         racket/string)

(define api-base
  (or (getenv "CF_API_BASE") "https://api.cloudflare.com/client/v4"))

;; refuse cleartext endpoints -- the token must never go over plain http
(define denied-bases
  '("http://api.cloudflare.com/client/v4"
    "http://api.cloudflare.com"))

(define (check-base! base)
  (when (for/or ([d (in-list denied-bases)]) (string-prefix? base d))
    (raise-user-error 'cf-dns "refusing plain-http API base: ~a" base)))

(define token
  (or (getenv "CLOUDFLARE_API_TOKEN")
      (raise-user-error 'cf-dns "CLOUDFLARE_API_TOKEN is not set")))

(define (list-records zone-id)
  (check-base! api-base)
  (define res
    (get (~a api-base "/zones/" zone-id "/dns_records")
         #:auth (bearer-auth token)
         #:params '((per_page . "100"))))
  (define body (response-json res))
  (unless (hash-ref body 'success #f)
    (raise-user-error 'cf-dns "API error: ~a" (hash-ref body 'errors)))
  (hash-ref body 'result))

(module+ main
  (define zone-id
    (command-line #:program "cf-dns" #:args (zone) zone))
  (for ([r (in-list (list-records zone-id))])
    (printf "~a ~a ~a\n"
            (~a (hash-ref r 'type) #:min-width 6)
            (~a (hash-ref r 'name) #:min-width 40)
            (hash-ref r 'content))))
