// Builds the seed's database object: a Sequelize instance, the two models and their one-to-many association.
// The seed builds one object at require time from db.config.js; createDb() does the same but accepts
// overrides so a test can aim it at any database.
const Sequelize = require("sequelize");
const defaultConfig = require("../config/db.config.js");

function createDb(overrides = {}) {
  const config = { ...defaultConfig, ...overrides };
  const options = {
    host: config.HOST,
    port: config.PORT,
    dialect: config.dialect,
    logging: config.logging,
    pool: { ...config.pool },
  };
  if (config.storage) {
    options.storage = config.storage;
  }
  if (config.socket) {
    options.dialectOptions = { socketPath: config.socket };
  }
  const sequelize = new Sequelize(config.DB, config.USER, config.PASSWORD, options);

  const db = {};
  db.Sequelize = Sequelize;
  db.sequelize = sequelize;
  db.tutorials = require("./tutorial.model.js")(sequelize, Sequelize);
  db.comments = require("./comment.model.js")(sequelize, Sequelize);

  db.tutorials.hasMany(db.comments, { as: "comments" });
  db.comments.belongsTo(db.tutorials, {
    foreignKey: "tutorialId",
    as: "tutorial",
  });
  return db;
}

module.exports = { createDb };
