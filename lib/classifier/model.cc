#include "smsfilter/model.h"

#include "common/file_contents.h"
#include "classifier/model_data.h"
#include "smsfilter/classifier.h"

namespace smsfilter {
namespace {

// Classifies the samples the trainer stored in the model; a different label means this
// build featurizes differently from the trainer's (byte order, hashing, ICU data).
Status run_self_test(const std::shared_ptr<const Model>& model) {
  Classifier classifier(model);
  Status status;
  std::size_t index = 0;
  const auto check = [&](const internal::SelfTestSample& sample) {
    if (!status.ok()) return;
    Result result;
    status = classifier.classify(sample.text, sample.sender, &result);
    if (status.ok() && result.category != sample.label) {
      status = Status(StatusCode::kSelfTestFailed,
                      "self-test sample " + std::to_string(index) + " expected " +
                          std::string(category_name(sample.label)) + ", got " +
                          std::string(category_name(result.category)));
    }
    ++index;
  };
  internal::for_each_self_test(Model::Access::data(*model), check);
  return status;
}

std::shared_ptr<const Model> fail(Status* status, Status error) {
  if (status != nullptr) *status = std::move(error);
  return nullptr;
}

// `file`, when not null, holds `bytes`.
std::shared_ptr<const Model> open_bytes(const unsigned char* bytes, std::size_t size,
                                        std::shared_ptr<const internal::FileContents> file,
                                        Status* status, const OpenOptions& options) {
  auto parsed = std::make_unique<internal::ModelData>();
  Status parse_status = internal::parse_model(bytes, size, parsed.get());
  if (!parse_status.ok()) return fail(status, std::move(parse_status));
  parsed->file = std::move(file);
  std::shared_ptr<const Model> model = Model::Access::make(std::move(parsed));
  if (options.run_self_test) {
    Status self_test = run_self_test(model);
    if (!self_test.ok()) return fail(status, std::move(self_test));
  }
  if (status != nullptr) *status = Status();
  return model;
}

}  // namespace

std::shared_ptr<const Model> Model::Access::make(std::unique_ptr<const Data> data) {
  return std::shared_ptr<const Model>(new Model(std::move(data)));
}

Model::Model(std::unique_ptr<const Data> data) : data_(std::move(data)) {}
Model::~Model() = default;

std::shared_ptr<const Model> Model::open_buffer(const void* data, std::size_t size,
                                                Status* status, const OpenOptions& options) {
  return open_bytes(static_cast<const unsigned char*>(data), size, nullptr, status, options);
}

std::shared_ptr<const Model> Model::open_file(const std::string& path, Status* status,
                                              const OpenOptions& options) {
  std::shared_ptr<const internal::FileContents> file;
  Status open_status = internal::FileContents::read(path, kMaxModelFileBytes, &file);
  if (!open_status.ok()) return fail(status, std::move(open_status));
  const unsigned char* bytes = file->data();
  const std::size_t size = file->size();
  return open_bytes(bytes, size, std::move(file), status, options);
}

std::uint16_t Model::major_version() const { return data_->major_version; }
std::uint16_t Model::minor_version() const { return data_->minor_version; }
std::size_t Model::file_size() const { return data_->file_size; }
const FeaturizerSettings& Model::featurizer_settings() const { return data_->settings.featurizer; }
std::uint32_t Model::row_count() const { return data_->settings.row_count(); }
float Model::temperature() const { return data_->settings.temperature; }
float Model::unsure_threshold() const { return data_->settings.unsure_threshold; }
std::size_t Model::char_map_size() const { return data_->char_map.size(); }
std::size_t Model::self_test_count() const { return data_->self_test_count; }
std::string_view Model::training_info() const { return data_->training_info; }

}  // namespace smsfilter
