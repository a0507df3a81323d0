// Vendor key formats for the secret scanner: a fixed prefix, then the key's alphabet. Each starts only at the
// beginning of a run (lookbehind), so a failed attempt costs a bounded number of steps.
export const VENDOR_KEY = new RegExp(
  '(?<![A-Za-z0-9_-])(?:' +
    [
      '(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{6,}',
      'whsec_[A-Za-z0-9+/=]{10,}',
      'xox[abposr]-[A-Za-z0-9-]{6,}',
      'xapp-[A-Za-z0-9-]{10,}',
      'gh[pousr]_[A-Za-z0-9]{16,}',
      'github_pat_[A-Za-z0-9_]{20,}',
      // GitLab: personal, runner, deploy, trigger, CI job, feed, OAuth and agent tokens.
      'gl(?:pat|rt|dt|ptt|cbt|ft|oas|soat|agent|imt|wt)-[A-Za-z0-9_-]{10,}',
      '(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}',
      'AIza[0-9A-Za-z_-]{30,}',
      'ya29\\.[0-9A-Za-z_-]{10,}',
      'sk-(?:proj-|ant-|svcacct-|admin-)?[A-Za-z0-9_-]{16,}',
      // A key the provider printed half-starred (`sk-abc12****wxyz`): what is left of it still identifies it.
      '(?:sk|rk|pk)[-_][A-Za-z0-9_-]{0,24}\\*{3,}[A-Za-z0-9]{0,8}',
      'SG\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}',
      'npm_[A-Za-z0-9]{30,}',
      'shp(?:at|ca|pa|ss)_[a-fA-F0-9]{20,}',
      'sq0(?:atp|csp)-[A-Za-z0-9_-]{10,}',
      'EAA[A-Za-z0-9]{30,}',
      'key-[0-9a-f]{32}',
      '(?:AC|SK)[0-9a-f]{32}',
      'hf_[A-Za-z0-9]{20,}',
      'dop_v1_[a-f0-9]{32,}',
      'xkeysib-[a-f0-9-]{20,}',
      'pypi-[A-Za-z0-9_-]{20,}',
      // A Salesforce session id: the org id, `!`, then the session.
      '00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{10,}',
      // Webhook URLs whose path is the credential (Slack, Discord): the host stays readable.
      'T[A-Z0-9]{6,}/B[A-Z0-9]{6,}/[A-Za-z0-9]{16,}',
      '\\d{17,20}/[A-Za-z0-9_-]{60,}',
    ].join('|') +
    ')[A-Za-z0-9_-]*',
  'g',
);
