// The seed's server.js: drop and re-create the tables, create two tutorials with two comments each, then
// print them back the way the seed does. Run it directly (`node server.js`, connection from the environment,
// see app/config/db.config.js) or call runDemo() with a database object from app/models.
const { createDb } = require("./app/models");
const { createController } = require("./app/controllers/tutorial.controller");

async function run(controller, log) {
  const tut1 = await controller.createTutorial({ title: "Tut#1", description: "Tut#1 Description" });
  const tut2 = await controller.createTutorial({ title: "Tut#2", description: "Tut#2 Description" });

  const comment1 = await controller.createComment(tut1.id, { name: "bezkoder", text: "Good job!" });
  await controller.createComment(tut1.id, { name: "zkoder", text: "One of the best tuts!" });
  const comment3 = await controller.createComment(tut2.id, { name: "aKoder", text: "Hi, thank you!" });
  await controller.createComment(tut2.id, { name: "anotherKoder", text: "Awesome tut!" });

  const tut1Data = await controller.findTutorialById(tut1.id);
  log(">> Tutorial id=" + tut1Data.id, JSON.stringify(tut1Data, null, 2));

  const tut2Data = await controller.findTutorialById(tut2.id);
  log(">> Tutorial id=" + tut2Data.id, JSON.stringify(tut2Data, null, 2));

  const comment1Data = await controller.findCommentById(comment1.id);
  log(">> Comment id=" + comment1.id, JSON.stringify(comment1Data, null, 2));

  const comment3Data = await controller.findCommentById(comment3.id);
  log(">> Comment id=" + comment3.id, JSON.stringify(comment3Data, null, 2));

  const tutorials = await controller.findAll();
  log(">> All tutorials", JSON.stringify(tutorials, null, 2));
}

async function runDemo(db, log = console.log) {
  await db.sequelize.sync({ force: true });
  log("Drop and re-sync db.");
  await run(createController(db, log), log);
}

module.exports = { runDemo };

if (require.main === module) {
  const db = createDb();
  runDemo(db)
    .catch((err) => {
      console.error(err);
      process.exitCode = 1;
    })
    .finally(() => db.sequelize.close());
}
