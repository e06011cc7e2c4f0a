/**
 * A GraphQL client that behaves like a browser tab: it keeps the session cookie the server sets,
 * and can pretend to come from a given address (the integration server trusts X-Forwarded-For).
 */
export interface GraphQLResult<T = any> {
  status: number;
  /** SQL statements the server ran for this request (outside production). */
  statements: number | null;
  /** How the response body was compressed on the wire ('gzip'…), null when it was not. */
  contentEncoding: string | null;
  data: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

export class Client {
  private cookie: string | null = null;

  constructor(
    readonly baseUrl: string = process.env.MUTUALIS_URL!,
    readonly address: string = '127.0.0.1',
  ) {}

  get sessionCookie() {
    return this.cookie;
  }

  useCookie(cookie: string | null) {
    this.cookie = cookie;
  }

  async request<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': this.address,
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair!.endsWith('=') ? null : pair!;
    }
    const body = (await res.json()) as Omit<GraphQLResult<T>, 'status' | 'statements' | 'contentEncoding'>;
    const statements = res.headers.get('x-sql-statements');
    return { status: res.status, statements: statements === null ? null : Number(statements), contentEncoding: res.headers.get('content-encoding'), ...body };
  }

  /** Like request(), but fails the test on any GraphQL error. */
  async ok<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data!;
  }

  async login(email: string, password: string) {
    return this.request(
      `mutation ($input: LoginInput!) { login(input: $input) { id email } }`,
      { input: { email, password } },
    );
  }
}

export const errorCode = (result: GraphQLResult) => result.errors?.[0]?.extensions?.code;
