import { createServer, type Server } from "node:net";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, scratchDir } from "../support/cli-harness.js";

describe("serve refuses unsafe or impossible settings with a clear message", () => {
  const scratch = scratchDir();
  const db = join(scratch.dir, "serve.db");
  let blocker: Server;
  let busyPort = 0;

  beforeAll(async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    busyPort = (blocker.address() as AddressInfo).port;
  });
  afterAll(() => {
    blocker.close();
    scratch.cleanup();
  });

  it("a port already in use", async () => {
    const run = await cli(["serve", "--port", String(busyPort), "--db", db]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`127\\.0\\.0\\.1:${busyPort}: the port is already in use`));
  });

  it("open mode off loopback", async () => {
    const run = await cli(["serve", "--host", "0.0.0.0", "--open", "--db", db]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--open is only allowed when listening on loopback/);
  });

  it("listening beyond loopback without a token", async () => {
    const run = await cli(["serve", "--host", "0.0.0.0", "--db", db]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/needs --token/);
  });
});
