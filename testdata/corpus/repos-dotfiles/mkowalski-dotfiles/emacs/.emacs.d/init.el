;;; init.el --- personal emacs config  -*- lexical-binding: t -*-

(setq inhibit-startup-message t)
(menu-bar-mode -1)
(tool-bar-mode -1)

(require 'package)
(add-to-list 'package-archives '("melpa" . "https://melpa.org/packages/") t)
(package-initialize)

(require 'auth-source)
(setq auth-sources '("~/.authinfo.gpg"))

;; Cloudflare helpers.  Token is in ~/.authinfo.gpg:
;;   machine api.cloudflare.com login apitoken password <token>
(defvar mk/cloudflare-zone-id "{{hex32}}")

(defun mk/cloudflare-token ()
  (auth-source-pick-first-password :host "api.cloudflare.com" :user "apitoken"))

(defun mk/cloudflare-purge-all ()
  "Purge everything on the blog zone."
  (interactive)
  (let ((url-request-method "POST")
        (url-request-extra-headers
         `(("Authorization" . ,(concat "Bearer " (mk/cloudflare-token)))
           ("Content-Type" . "application/json")))
        (url-request-data "{\"purge_everything\":true}"))
    (url-retrieve
     (format "https://api.cloudflare.com/client/v4/zones/%s/purge_cache" mk/cloudflare-zone-id)
     (lambda (_status) (message "cloudflare: purge sent")))))

(provide 'init)
;;; init.el ends here
