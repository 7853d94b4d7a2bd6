// Connection settings of the seed program. The seed hard-codes them; here they come from the environment so
// the interop test can point the same program at a throwaway database.
//   HOST, PORT, USER, PASSWORD, DB  - the usual MySQL connection parameters
//   SOCKET (or DB_SOCKET)          - a unix socket path; when set, mysql2 uses it instead of HOST/PORT
//   DIALECT=sqlite, STORAGE=PATH    - Sequelize's sqlite dialect (node-sqlite3) on the file PATH instead; the
//                                     MySQL parameters are then unused
// Mind that login shells set USER to the login name; the interop test always passes it explicitly.
const env = process.env;

module.exports = {
  HOST: env.HOST || "localhost",
  PORT: env.PORT ? Number(env.PORT) : 3306,
  USER: env.USER || "root",
  PASSWORD: env.PASSWORD || "",
  DB: env.DB || "testdb",
  socket: env.SOCKET || env.DB_SOCKET || undefined,
  dialect: env.DIALECT || "mysql",
  storage: env.STORAGE || undefined,
  pool: {
    max: 5, // at most five open connections
    min: 0, // none kept open when idle
    acquire: 30000, // ms to wait for a free connection before failing
    idle: 10000, // ms an unused connection is kept
  },
  logging: false,
};
