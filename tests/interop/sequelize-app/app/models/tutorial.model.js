// The seed's Tutorial: id, createdAt and updatedAt are added by Sequelize.
module.exports = (sequelize, Sequelize) => {
  const Tutorial = sequelize.define("tutorial", {
    title: { type: Sequelize.STRING },
    description: { type: Sequelize.STRING },
  });
  return Tutorial;
};
