import { createConnection, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy of the test's own between the app and PostgreSQL, so that a test can take the
 * database away (and bring it back) without touching the machine's server.
 */
export class TcpProxy {
	private server: Server | undefined;
	private readonly sockets = new Set<Socket>();
	port = 0;

	constructor(
		private readonly targetHost: string,
		private readonly targetPort: number
	) {}

	async listen(port = 0): Promise<number> {
		const server = createServer((client) => {
			const upstream = createConnection(this.targetPort, this.targetHost);
			for (const socket of [client, upstream]) {
				this.sockets.add(socket);
				socket.on('close', () => this.sockets.delete(socket));
				socket.on('error', () => socket.destroy());
			}
			client.pipe(upstream).pipe(client);
			client.on('close', () => upstream.destroy());
			upstream.on('close', () => client.destroy());
		});
		await new Promise<void>((resolve, reject) => {
			server.once('error', reject);
			server.listen(port, '127.0.0.1', () => resolve());
		});
		this.server = server;
		this.port = (server.address() as { port: number }).port;
		return this.port;
	}

	/** Drops every connection and refuses new ones, as a database that went down would. */
	async cut(): Promise<void> {
		const server = this.server;
		this.server = undefined;
		for (const socket of this.sockets) socket.destroy();
		if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
	}

	/** Accepts connections again on the same port. */
	async restore(): Promise<void> {
		await this.listen(this.port);
	}
}
