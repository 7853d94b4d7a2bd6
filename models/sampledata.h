#pragma once

#include "entities.h"

#include <QList>

// The seed's server.js demo: two tutorials with two comments each, as the window's "Load sample data" adds them.
namespace SampleData {

QList<Tutorial> seedDemo();

} // namespace SampleData
