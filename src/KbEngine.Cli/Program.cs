using KbEngine.Cli;

return KbCli.Run(args, Console.Out, Console.Error);
