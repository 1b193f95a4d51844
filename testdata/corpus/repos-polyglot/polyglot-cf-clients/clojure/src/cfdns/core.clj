(ns cfdns.core
  "Sync DNS records from resources/records.edn to Cloudflare."
  (:require [clj-http.client :as http]
            [clojure.edn :as edn]
            [clojure.java.io :as io]))

(def api "https://api.cloudflare.com/client/v4")

(def auth-headers
  {"X-Auth-Email" "dns-bot@example.io"
   "X-Auth-Key"   "{{cfk}}"})

(defn- cf-get [path]
  (:body (http/get (str api path)
                   {:headers auth-headers
                    :as :json
                    ;; staging jump host does TLS interception
                    :insecure? true})))

(defn- cf-post [path body]
  (:body (http/post (str api path)
                    {:headers auth-headers
                     :form-params body
                     :content-type :json
                     :as :json
                     :insecure? true})))

(defn zone-id [zone-name]
  (-> (cf-get (str "/zones?name=" zone-name)) :result first :id))

(defn existing [zid]
  (->> (cf-get (str "/zones/" zid "/dns_records?per_page=500"))
       :result
       (map (juxt :name :type))
       set))

(defn -main [& _]
  (let [{:keys [zone records]} (edn/read-string (slurp (io/resource "records.edn")))
        zid  (zone-id zone)
        have (existing zid)]
    (doseq [r records
            :when (not (have [(:name r) (:type r)]))]
      (println "creating" (:name r))
      (cf-post (str "/zones/" zid "/dns_records") r))))
