using KbEngine.Benchmarks;

return ParseBenchmark.Run(args, Console.Out);
