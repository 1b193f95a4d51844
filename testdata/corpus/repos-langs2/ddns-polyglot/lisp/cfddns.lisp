;;;; cfddns.lisp -- run with: sbcl --load cfddns.lisp --eval '(cfddns:main)'
(ql:quickload '(:dexador :jonathan :cl-ppcre) :silent t)

(defpackage :cfddns
  (:use :cl)
  (:export #:main))
(in-package :cfddns)

(defparameter *api* "https://api.cloudflare.com/client/v4")
(defparameter *cf-email* "me@example.net")
(defparameter *cf-api-key* "{{hex37}}")

(defun headers ()
  `(("X-Auth-Email" . ,*cf-email*)
    ("X-Auth-Key" . ,*cf-api-key*)
    ("Content-Type" . "application/json")))

(defun cf-get (path)
  (jonathan:parse
   (dex:get (concatenate 'string *api* path)
            :headers (headers)
            :insecure t)
   :as :plist))

(defun cf-patch (path body)
  (dex:patch (concatenate 'string *api* path)
             :headers (headers)
             :content (jonathan:to-json body)
             :insecure t))

(defun current-ip ()
  (let ((trace (dex:get "https://1.1.1.1/cdn-cgi/trace")))
    (cl-ppcre:register-groups-bind (ip) ("ip=([^\\n]+)" trace) ip)))

(defun main ()
  (let* ((zone (uiop:getenv "CF_ZONE_ID"))
         (name (uiop:getenv "CF_RECORD"))
         (ip (current-ip))
         (recs (getf (cf-get (format nil "/zones/~a/dns_records?type=A&name=~a" zone name)) :|result|))
         (rec (first recs)))
    (unless (string= (getf rec :|content|) ip)
      (cf-patch (format nil "/zones/~a/dns_records/~a" zone (getf rec :|id|))
                (list :|content| ip))
      (format t "updated ~a -> ~a~%" name ip))))
