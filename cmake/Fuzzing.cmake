# PLANCAST_FUZZ=ON (needs -DCMAKE_CXX_COMPILER=clang++): libFuzzer targets for
# the two readers of untrusted files, the plan loader and the series CSV
# reader (tests/fuzz/*_fuzzer.cpp), with ASan + UBSan.
#
# Compiling must stay cheap (the bounded run in CTest builds them from
# scratch), so the fuzzers do not link plancast_engine, which pulls in
# plancast_models and Ceres: they link plancast_fuzz_inputs, the engine
# sources that reading a plan or a CSV needs, compiled with the same flags.
# Those are found by the plan loader's file-name conventions below; when the
# loader starts using a new engine file, the link fails with an undefined
# reference naming it: add the file to PLANCAST_FUZZ_EXTRA_SOURCES.
#
# Without PLANCAST_FUZZ, a normal test build registers `fuzz.bounded_run`,
# which builds these targets in a sub-build with clang++ and runs each for a
# few seconds (tools/fuzz.sh check), or skips when clang++/libFuzzer is absent.
option(PLANCAST_FUZZ "Build the libFuzzer targets (clang++ only)" OFF)

if(PLANCAST_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "PLANCAST_FUZZ=ON needs clang++ (libFuzzer): "
                        "cmake -DCMAKE_CXX_COMPILER=clang++ -DPLANCAST_FUZZ=ON ...")
  endif()
  set(PLANCAST_FUZZ_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=undefined
      -fno-omit-frame-pointer -g -O1)
  file(GLOB PLANCAST_FUZZ_INPUT_SOURCES CONFIGURE_DEPENDS
       ${PROJECT_SOURCE_DIR}/engine/plan_*.cpp
       ${PROJECT_SOURCE_DIR}/engine/yaml_*.cpp
       ${PROJECT_SOURCE_DIR}/engine/*_reading.cpp
       ${PROJECT_SOURCE_DIR}/engine/number_parsing.cpp
       ${PROJECT_SOURCE_DIR}/engine/diagnostics.cpp
       ${PROJECT_SOURCE_DIR}/engine/dates.cpp
       ${PROJECT_SOURCE_DIR}/engine/periods.cpp
       ${PROJECT_SOURCE_DIR}/engine/goal_graph.cpp   # ParsePlan checks formulas and cycles
       ${PROJECT_SOURCE_DIR}/engine/formula.cpp
       ${PROJECT_SOURCE_DIR}/engine/series_csv.cpp)
  set(PLANCAST_FUZZ_EXTRA_SOURCES "" CACHE STRING
      "More engine/*.cpp files the plan loader needs (semicolon-separated, absolute paths)")
  add_library(plancast_fuzz_inputs STATIC ${PLANCAST_FUZZ_INPUT_SOURCES} ${PLANCAST_FUZZ_EXTRA_SOURCES})
  target_include_directories(plancast_fuzz_inputs PUBLIC ${PROJECT_SOURCE_DIR})
  target_compile_options(plancast_fuzz_inputs PRIVATE ${PLANCAST_FUZZ_FLAGS} -fsanitize=fuzzer-no-link)
  target_link_libraries(plancast_fuzz_inputs PUBLIC Boost::headers Boost::date_time yaml-cpp
                        PRIVATE Boost::graph muparser::muparser fmt::fmt nlohmann_json::nlohmann_json)

  foreach(fuzzer plan_loader_fuzzer series_csv_fuzzer)
    add_executable(${fuzzer} ${PROJECT_SOURCE_DIR}/tests/fuzz/${fuzzer}.cpp)
    target_compile_options(${fuzzer} PRIVATE ${PLANCAST_FUZZ_FLAGS} -fsanitize=fuzzer)
    target_link_options(${fuzzer} PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_libraries(${fuzzer} PRIVATE plancast_fuzz_inputs)
  endforeach()
  add_custom_target(fuzzers DEPENDS plan_loader_fuzzer series_csv_fuzzer)
elseif(PLANCAST_BUILD_TESTS)
  find_program(PLANCAST_BASH bash)
  add_test(NAME fuzz.bounded_run
           COMMAND ${PLANCAST_BASH} ${PROJECT_SOURCE_DIR}/tools/fuzz.sh check ${CMAKE_BINARY_DIR}/fuzz-sub)
  # 77: clang++ or the libFuzzer runtime is missing (the script says which).
  set_tests_properties(fuzz.bounded_run PROPERTIES
    SKIP_RETURN_CODE 77 TIMEOUT 600 PROCESSORS 2 LABELS fuzz)
endif()
