// Jest global setup: the CLI and core-worker tests run the bundled main-side code.
module.exports = async function buildMainForTests() {
  const { buildMain } = await import('../../scripts/build.mjs');
  await buildMain();
};
