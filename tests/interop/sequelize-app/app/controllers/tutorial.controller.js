// The seed's controller: five functions over the Tutorial and Comment models. Like the seed, each one prints
// what it created or the error it met, and an error resolves to undefined instead of rejecting.
// createController(db, log) binds the functions to one database object (see ../models/index.js).
function createController(db, log = console.log) {
  const Tutorial = db.tutorials;
  const Comment = db.comments;

  const createTutorial = (tutorial) =>
    Tutorial.create({ title: tutorial.title, description: tutorial.description })
      .then((created) => {
        log(">> Created tutorial: " + JSON.stringify(created, null, 4));
        return created;
      })
      .catch((err) => {
        log(">> Error while creating tutorial: ", err);
      });

  const createComment = (tutorialId, comment) =>
    Comment.create({ name: comment.name, text: comment.text, tutorialId: tutorialId })
      .then((created) => {
        log(">> Created comment: " + JSON.stringify(created, null, 4));
        return created;
      })
      .catch((err) => {
        log(">> Error while creating comment: ", err);
      });

  const findTutorialById = (tutorialId) =>
    Tutorial.findByPk(tutorialId, { include: ["comments"] })
      .then((tutorial) => tutorial)
      .catch((err) => {
        log(">> Error while finding tutorial: ", err);
      });

  const findCommentById = (id) =>
    Comment.findByPk(id, { include: ["tutorial"] })
      .then((comment) => comment)
      .catch((err) => {
        log(">> Error while finding comment: ", err);
      });

  const findAll = () =>
    Tutorial.findAll({ include: ["comments"] })
      .then((tutorials) => tutorials)
      .catch((err) => {
        log(">> Error while retrieving Tutorials: ", err);
      });

  return { createTutorial, createComment, findTutorialById, findCommentById, findAll };
}

module.exports = { createController };
