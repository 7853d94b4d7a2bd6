// The seed's Comment: id, createdAt, updatedAt and (through the association) tutorialId are added by Sequelize.
module.exports = (sequelize, Sequelize) => {
  const Comment = sequelize.define("comment", {
    name: { type: Sequelize.STRING },
    text: { type: Sequelize.STRING },
  });
  return Comment;
};
