// The smsfilter subcommands. Each takes the arguments after its name and returns the
// process exit code.
#ifndef SMSFILTER_TOOLS_COMMANDS_H_
#define SMSFILTER_TOOLS_COMMANDS_H_

namespace smsfilter::cli {

int run_classify(int argc, char** argv);
int run_train(int argc, char** argv);
int run_eval(int argc, char** argv);
int run_inspect(int argc, char** argv);
int run_decide(int argc, char** argv);
int run_featurize(int argc, char** argv);
int run_pack(int argc, char** argv);

}  // namespace smsfilter::cli

#endif  // SMSFILTER_TOOLS_COMMANDS_H_
