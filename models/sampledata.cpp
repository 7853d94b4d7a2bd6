#include "sampledata.h"

using namespace Qt::StringLiterals;

namespace SampleData {

QList<Tutorial> seedDemo()
{
    auto tutorial = [](const QString &title, const QString &description,
                       std::initializer_list<std::pair<QString, QString>> comments) {
        Tutorial row;
        row.title = title;
        row.description = description;
        for (const auto &[name, text] : comments) {
            Comment comment;
            comment.name = name;
            comment.text = text;
            row.comments.append(comment);
        }
        return row;
    };
    return {tutorial(u"Tut#1"_s, u"Tut#1 Description"_s,
                     {{u"bezkoder"_s, u"Good job!"_s}, {u"zkoder"_s, u"One of the best tuts!"_s}}),
            tutorial(u"Tut#2"_s, u"Tut#2 Description"_s,
                     {{u"aKoder"_s, u"Hi, thank you!"_s}, {u"anotherKoder"_s, u"Awesome tut!"_s}})};
}

} // namespace SampleData
