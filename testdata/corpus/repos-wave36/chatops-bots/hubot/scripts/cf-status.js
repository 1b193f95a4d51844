// Description:
//   Cloudflare status + zone analytics, and the Jenkins edge pipeline status
//
// Configuration:
//   HUBOT_CF_READ_TOKEN - read-only API token (Analytics:Read)
//   HUBOT_CF_ZONE       - zone id
//   HUBOT_JENKINS_URL   - e.g. https://jenkins.corp.acme.example
//
// Commands:
//   hubot cf status   - Cloudflare status page summary
//   hubot cf traffic  - requests / threats in the last 24h
//   hubot edge build  - last edge-workers build result

const https = require('https');

// Jenkins uses the corp CA; only this agent skips verification.
const jenkinsAgent = new https.Agent({ rejectUnauthorized: false });

module.exports = (robot) => {
  robot.respond(/cf status$/i, (res) => {
    robot.http('https://www.cloudflarestatus.com/api/v2/summary.json').get()((err, _r, body) => {
      if (err) return res.send(`status page unreachable: ${err}`);
      const s = JSON.parse(body);
      res.send(`Cloudflare: ${s.status.description}`);
    });
  });

  robot.respond(/cf traffic$/i, (res) => {
    const query = {
      query: `{ viewer { zones(filter: {zoneTag: "${process.env.HUBOT_CF_ZONE}"}) {
        httpRequests1dGroups(limit: 1, orderBy: [date_DESC]) { sum { requests threats } } } } }`,
    };
    robot
      .http('https://api.cloudflare.com/client/v4/graphql')
      .header('Authorization', `Bearer ${process.env.HUBOT_CF_READ_TOKEN}`)
      .header('Content-Type', 'application/json')
      .post(JSON.stringify(query))((err, _r, body) => {
        if (err) return res.send(`analytics failed: ${err}`);
        const g = JSON.parse(body).data.viewer.zones[0].httpRequests1dGroups[0].sum;
        res.send(`24h: ${g.requests} requests, ${g.threats} threats`);
      });
  });

  robot.respond(/edge build$/i, (res) => {
    robot
      .http(`${process.env.HUBOT_JENKINS_URL}/job/cloudflare/job/workers-deploy/lastBuild/api/json`, {
        agent: jenkinsAgent,
      })
      .header('Authorization', `Basic ${Buffer.from(process.env.HUBOT_JENKINS_AUTH || '').toString('base64')}`)
      .get()((err, _r, body) => {
        if (err) return res.send(`jenkins unreachable: ${err}`);
        const b = JSON.parse(body);
        res.send(`workers-deploy #${b.number}: ${b.result || 'RUNNING'}`);
      });
  });
};
