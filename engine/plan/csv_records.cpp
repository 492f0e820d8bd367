#include "engine/plan/csv_records.h"

namespace plancast {

bool ParseCsvRecords(const std::string& text, const TextLocator& locate, std::vector<CsvRecord>* records,
                     Diagnostics* diagnostics) {
  bool ok = true;
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    CsvRecord record;
    record.offset = i;
    bool end_of_record = false;
    while (!end_of_record) {
      CsvField field;
      field.offset = i;
      if (i < n && text[i] == '"') {
        field.quoted = true;
        size_t open = i++;
        bool closed = false;
        while (i < n) {
          if (text[i] == '"') {
            if (i + 1 < n && text[i + 1] == '"') {
              field.text += '"';
              i += 2;
              continue;
            }
            closed = true;
            ++i;
            break;
          }
          field.text += text[i++];
        }
        if (!closed) {
          diagnostics->Error(locate.AtOffset(open), "this quoted field is never closed",
                             "end it with '\"'; write a quote inside a quoted field as '\"\"'");
          return false;  // the rest of the file is inside the quote
        }
        if (i < n && text[i] != ',' && text[i] != '\n') {
          diagnostics->Error(locate.AtOffset(i), "text after the closing quote of a field",
                             "quote the whole field, e.g. \"3,09 (revised)\", and write a quote inside it as '\"\"'");
          ok = false;
          while (i < n && text[i] != ',' && text[i] != '\n') ++i;
        }
      } else {
        while (i < n && text[i] != ',' && text[i] != '\n') field.text += text[i++];
      }
      record.fields.push_back(std::move(field));
      if (i < n && text[i] == ',') {
        ++i;
      } else {
        end_of_record = true;
        if (i < n) ++i;  // the '\n'
      }
    }
    records->push_back(std::move(record));
  }
  return ok;
}

}  // namespace plancast
