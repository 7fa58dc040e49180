using PairingDomain.Samples.Service;

// `dotnet run --project samples/PairingDomain.Samples.Service` listens on http://localhost:5180 (launchSettings.json);
// --urls chooses another address.
AssessmentService.Build(args).Run();
