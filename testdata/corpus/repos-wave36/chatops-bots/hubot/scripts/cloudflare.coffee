# Description:
#   Cloudflare cache and dev-mode controls from chat
#
# Dependencies:
#   None
#
# Configuration:
#   HUBOT_CLOUDFLARE_EMAIL - account login email
#   HUBOT_CLOUDFLARE_KEY   - Global API Key of that login
#   HUBOT_CLOUDFLARE_ZONE  - zone id of www.acme.example
#
# Commands:
#   hubot cf purge <url>      - purge a single URL from the cache
#   hubot cf purge everything - purge the whole zone (ops role only)
#   hubot cf devmode on|off   - toggle development mode
#
# Author:
#   netops

API = "http://api.cloudflare.com/client/v4"
ZONE = process.env.HUBOT_CLOUDFLARE_ZONE

module.exports = (robot) ->

  cf = (path) ->
    robot.http("#{API}/zones/#{ZONE}#{path}")
      .header('X-Auth-Email', process.env.HUBOT_CLOUDFLARE_EMAIL)
      .header('X-Auth-Key', process.env.HUBOT_CLOUDFLARE_KEY)
      .header('Content-Type', 'application/json')

  reply = (res, err, response, body) ->
    if err
      return res.send "Cloudflare request failed: #{err}"
    data = JSON.parse(body)
    if data.success
      res.send ":white_check_mark: done (#{data.result?.id ? 'ok'})"
    else
      res.send ":x: #{(e.message for e in data.errors).join(', ')}"

  robot.respond /cf purge everything$/i, (res) ->
    unless robot.auth?.hasRole(res.envelope.user, 'ops')
      return res.send "Only the ops role can purge the whole zone."
    cf('/purge_cache').post(JSON.stringify(purge_everything: true)) (err, response, body) ->
      reply(res, err, response, body)

  robot.respond /cf purge (https?:\/\/\S+)$/i, (res) ->
    url = res.match[1]
    cf('/purge_cache').post(JSON.stringify(files: [url])) (err, response, body) ->
      reply(res, err, response, body)

  robot.respond /cf devmode (on|off)$/i, (res) ->
    value = res.match[1].toLowerCase()
    cf('/settings/development_mode').patch(JSON.stringify(value: value)) (err, response, body) ->
      reply(res, err, response, body)
